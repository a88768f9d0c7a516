/** Results whose school ids look like formulas (=, +, -, @) or a number: what CSV must neutralise and XLSX keep as text. */
import { csv } from './files.js';

// Target year 2021 (the only year). Procedures VPR-MA-5 and VPR-RU-5.
export const INPUT = csv([
  ['school_id', 'school_name', 'year', 'procedure', 'participants', 'fail_count'],
  ['=1+2', 'Школа формула', 2021, 'VPR-MA-5', 20, 6], //  6/20 = 30.00% → low
  ['=1+2', 'Школа формула', 2021, 'VPR-RU-5', 20, 7], //  7/20 = 35.00% → low → 2 low → A
  ['+7', 'Школа плюс', 2021, 'VPR-MA-5', 20, 1], //       1/20 = 5.00%  → not low
  ['+7', 'Школа плюс', 2021, 'VPR-RU-5', 20, 2], //       2/20 = 10.00% → not low
  ['-5', 'Школа минус', 2021, 'VPR-MA-5', 40, 10], //     10/40 = 25.00% → not low
  ['@x', 'Школа собака', 2021, 'VPR-RU-5', 10, 1], //     1/10 = 10.00% → not low
  ['101', 'Школа дробь', 2021, 'VPR-MA-5', 3, 1], //      1/3 = 33.333…% → 33.33% → low
  ['101', 'Школа дробь', 2021, 'VPR-RU-5', 8, 1], //      1/8 = 12.50% → not low → 1 low, not flagged
]);

export const IDS = ['=1+2', '+7', '-5', '@x', '101'];
