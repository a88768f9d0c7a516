/** Russian agreement of a noun with a number: the form for 1, for 2–4, for 5 and more (11–14 take the last). */

/** «1 результат», «3 результата», «5 результатов»; 21 → one, 12 → many. */
export function plural(n: number, one: string, few: string, many: string): string {
  const tens = n % 100;
  const units = n % 10;
  if (tens >= 11 && tens <= 14) return many;
  if (units === 1) return one;
  return units >= 2 && units <= 4 ? few : many;
}

/** «1 школа», «2 школы», «5 школ»: the number and its noun. */
export function counted(n: number, one: string, few: string, many: string): string {
  return `${n} ${plural(n, one, few, many)}`;
}
