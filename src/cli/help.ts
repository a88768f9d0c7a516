/**
 * `--help` in the language of the run: what commander itself writes — section titles, `[options]`,
 * the names of arguments and option values, `(default: …)` — comes from the messages.
 */
import { type Argument, type Command, Help, type Option } from 'commander';
import type { Messages } from '../messages/index.js';

/** `<inputs...>`, `[command]`, `<file>`: a name in angle or square brackets, perhaps variadic. */
const PLACEHOLDER = /([<[])([a-z]+)(\.\.\.)?([>\]])/g;

/** The narrowest description column that is still wrapped (commander's own: 40). */
const MIN_DESCRIPTION = 30;

export class LocalHelp extends Help {
  readonly #t: Messages['commander'];

  constructor(t: Messages) {
    super();
    this.#t = t.commander;
    // the command list's terms («template [параметры] <вид> [файлы...]») leave 39 of 80 columns for the
    // descriptions: commander would not wrap them below 40 and printed lines of 300 characters
    this.minWidthToWrap = MIN_DESCRIPTION;
  }

  override styleTitle(title: string): string {
    const titles = this.#t.titles;
    return Object.hasOwn(titles, title) ? titles[title as keyof typeof titles] : title;
  }

  override commandUsage(command: Command): string {
    return this.placeholders(super.commandUsage(command));
  }

  override subcommandTerm(command: Command): string {
    return this.placeholders(super.subcommandTerm(command));
  }

  override optionTerm(option: Option): string {
    return this.placeholders(super.optionTerm(option));
  }

  override argumentTerm(argument: Argument): string {
    return this.term(argument.name());
  }

  /** The description, and the default of a flag that takes a value. */
  override optionDescription(option: Option): string {
    const shown = option.defaultValue !== undefined && (option.required || option.optional);
    return shown ? this.withDefault(option.description, option.defaultValue) : option.description;
  }

  override argumentDescription(argument: Argument): string {
    return argument.defaultValue !== undefined ? this.withDefault(argument.description, argument.defaultValue) : argument.description;
  }

  private withDefault(description: string, value: unknown): string {
    return `${description} (${this.#t.defaultValue(String(value))})`;
  }

  private placeholders(text: string): string {
    return text.replace(PLACEHOLDER, (_, open: string, name: string, dots: string | undefined, close: string) => `${open}${this.term(name)}${dots ?? ''}${close}`);
  }

  private term(name: string): string {
    const terms = this.#t.terms;
    return Object.hasOwn(terms, name) ? terms[name as keyof typeof terms] : name;
  }
}
