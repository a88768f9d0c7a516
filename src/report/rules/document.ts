/**
 * `shnor rules`: the indicator registry as the analyst reads it — id, title, the source's own
 * words, the formula, shnor's interpretation (marked, ruling R11), the scale, method, subjects.
 */
import { messagesOf, type Lang } from '../../messages/index.js';
import { citation } from '../../model/sources.js';
import { INDICATORS, INDICATORS_SOURCE, INDICATOR_TEXTS, type IndicatorText } from '../../rules/indicators/registry.js';
import type { Scale } from '../../rules/indicators/scale.js';
import { formatNumber } from '../format.js';
import { labelOf } from '../labels.js';
import { heading, type Block, type Document } from '../document/model.js';
import type { Table } from '../table-model.js';

export interface RulesReport {
  /** The scales in force: the defaults with the config's replacements. */
  scales: Record<string, Scale>;
}

interface RuleRow {
  text: IndicatorText;
  scale: string;
  /** The config key of its scale; null for a value without points. */
  configKey: string | null;
}

function rows(report: RulesReport, lang: Lang): RuleRow[] {
  return INDICATORS.map((def) => ({
    text: INDICATOR_TEXTS.get(def.id)!,
    scale: scaleText(def.scale ? (report.scales[def.id] ?? def.scale) : null, lang),
    configKey: def.scale ? `score.scales["${def.id}"]` : null,
  }));
}

export function scaleText(scale: Scale | null, lang: Lang): string {
  const t = messagesOf(lang);
  const r = t.rules;
  if (scale === null) return r.valueOnly;
  const n = (v: number) => formatNumber(v, lang, 4);
  switch (scale.kind) {
    case 'sign':
      return r.sign(scale.positive, scale.negative);
    case 'levels':
      return Object.entries(scale.points).map(([level, points]) => `${labelOf(t.score.levels, level) ?? level} → ${points}`).join('; ');
    case 'bands':
      return scale.bands.map((b) => ('upTo' in b ? `≤ ${n(b.upTo)}` : 'below' in b ? `< ${n(b.below)}` : r.otherwise) + ` → ${b.points}`).join('; ');
  }
}

function rulesTable(report: RulesReport, lang: Lang): Table {
  const t = messagesOf(lang);
  const r = t.rules;
  return {
    name: r.sheet,
    headers: [r.id, r.title, r.source, r.formula, r.interpretation, r.scale, r.configKey, r.method, r.subjects],
    rows: rows(report, lang).map(({ text, scale, configKey }) => ({
      emphasis: false,
      cells: [text.id, text.title[lang], text.source, text.formula, text.interpretation, scale, configKey, text.method, text.subjects].map((value) => ({ value })),
    })),
    wide: [1, 2, 3, 4],
  };
}

export function rulesDocument(report: RulesReport, lang: Lang): Document {
  const t = messagesOf(lang);
  const r = t.rules;
  const blocks = rows(report, lang).flatMap(({ text, scale, configKey }): Block[] => [
    heading(`${text.id} ${text.title[lang]}`),
    {
      kind: 'list',
      tight: true,
      marker: '  ',
      items: [
        `${r.source}: «${text.source}»`,
        `${r.formula}: ${text.formula}`,
        `${r.scale}: ${scale}${configKey ? ` (${r.configKey}: ${configKey})` : ''}`,
        ...(text.interpretation ? [`${r.interpretation}: ${text.interpretation}`] : []),
        `${r.method}: ${text.method}; ${r.subjects}: ${text.subjects}`,
      ],
    },
  ]);
  return {
    title: r.heading(citation(INDICATORS_SOURCE, lang)),
    sections: [{ title: null, blocks }],
    sheets: [rulesTable(report, lang)],
    json: { value: rows(report, lang).map(({ text, scale, configKey }) => ({ ...text, scale, configKey })) },
  };
}
