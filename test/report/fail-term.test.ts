/**
 * A 100-point ЕГЭ subject has no «2»: its failing share is «не преодолели минимальный порог»; ЕГЭ базовая
 * математика, ВПР, ОГЭ and КДР keep «доля «2»» (seed 003 §3.1: «получили отметку «2» (ВПР) или не преодолели минимальный порог»).
 */
import { describe, expect, it } from 'vitest';
import { failShareLabel, failShareLabelOf, failValueText } from '../../src/report/fail-term.js';
import { reasonTexts } from '../../src/report/cluster/report.js';
import { reasonText } from '../../src/report/recommend/report.js';
import type { ClusterVerdict } from '../../src/rules/clusters.js';
import { checkMessage } from '../../src/report/check/report.js';
import type { DataCheck } from '../../src/rules/check-data.js';

describe('the name of a failing share', () => {
  it('ЕГЭ профильная математика and ЕГЭ русский: below the minimum; базовая, ВПР, ОГЭ: «2»', () => {
    expect(failShareLabel('EGE-MA-P', 'ru')).toBe('Доля не преодолевших минимальный порог');
    expect(failShareLabel('EGE-RU', 'ru')).toBe('Доля не преодолевших минимальный порог');
    expect(['EGE-MA-B', 'VPR-MA-5', 'OGE-RU'].map((p) => failShareLabel(p, 'ru'))).toEqual(['Доля «2»', 'Доля «2»', 'Доля «2»']);
    expect(failValueText('40%', 'EGE-MA-P', 'ru')).toBe('40% не преодолели минимальный порог');
    expect(failValueText('40%', 'EGE-MA-B', 'ru')).toBe('40% «2»');
    expect(failValueText('40%', 'EGE-MA-P', 'en')).toBe('40% below the minimum score');
  });

  it('a column over several procedures: «2» for none of the 100-point ЕГЭ, the ЕГЭ wording for all, both for a mix', () => {
    expect(failShareLabelOf(['VPR-MA-5', 'EGE-MA-B'], 'ru')).toBe('Доля «2»');
    expect(failShareLabelOf(['EGE-RU', 'EGE-MA-P'], 'ru')).toBe('Доля не преодолевших минимальный порог');
    expect(failShareLabelOf(['OGE-MA', 'EGE-RU'], 'ru')).toBe('Доля «2» / не преодолевших порог');
  });

  it('a measure\'s reason: «низкий результат: ЕГЭ Математика (профильная) — 40% не преодолели минимальный порог»', () => {
    const reason = { trigger: 'low-result' as const, procedure: 'EGE-MA-P', indicator: null, value: 40 };
    expect(reasonText(reason, 'ru')).toBe('низкий результат: ЕГЭ Математика (профильная) — 40% не преодолели минимальный порог');
    expect(reasonText({ ...reason, procedure: 'OGE-MA', value: 35.5 }, 'ru')).toBe('низкий результат: ОГЭ Математика — 35,5% «2»');
  });

  it('cluster 2, one low result: the ЕГЭ share is below the minimum, not «2»', () => {
    const verdict: ClusterVerdict = { schoolId: 'S', schoolName: null, cluster: 2, reasons: [{ rule: 'one-low-result', params: { procedure: 'EGE-RU', share: 33.33 } }] };
    expect(reasonTexts(verdict, 2025, 'ru', new Map())[0]).toContain('ЕГЭ Русский язык — 33,33% не преодолели минимальный порог в 2024/2025 уч. г.');
  });

  it('check\'s jump sign: an ЕГЭ русский share is of those below the minimum, a ВПР share of «2»', () => {
    // 2 of 20 → 12 of 20: +50 pp; pooled 14/40 = 0,35, se = √(0,35 · 0,65 · 0,1) = 0,1508, z = 3,32, p < 0,001
    const swing = (procedure: string): DataCheck => ({
      code: 'objectivity-swing', level: 'warning', schoolId: 'S', procedure, year: 2025,
      params: { share: 60, previousShare: 10, previousYear: 2024, change: 50, pp: 10, failed: 12, participants: 20, previousFailed: 2, previousParticipants: 20, pValue: 0.0009 },
    });
    expect(checkMessage(swing('EGE-RU'), 'ru')).toContain('(проверить): доля не преодолевших минимальный порог 10% в 2023/2024 уч. г. → 60% в 2024/2025 уч. г.');
    expect(checkMessage(swing('VPR-MA-5'), 'ru')).toContain('(проверить): доля «2» 10% в 2023/2024 уч. г.');
  });
});
