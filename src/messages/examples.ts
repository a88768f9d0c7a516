/** The example command lines under each command's help: the same in every language. */
export const EXAMPLES = {
  recommend: [
    'shnor recommend results.xlsx --profile schools.xlsx --year 2023',
    'shnor recommend results.xlsx --profile schools.xlsx --school SL-07 --format md',
  ],
  report: [
    'shnor report results.xlsx --profile schools.xlsx --year 2023 -o report/',
    'shnor report results.xlsx --profile schools.xlsx --facts monitoring.xlsx --year 2023 -o report/',
    'shnor report results.xlsx --profile schools.xlsx --docx --pdf -o report/',
  ],
  objectivity: [
    'shnor objectivity "Проведение работы по математике, 5 класс. ВПР 2021.xlsx"',
    'shnor objectivity exports/vpr-2021/ --school sch220093 --by class --format md',
    'shnor objectivity exports/ --scales vpr-scales-2022.csv -o objectivity.xlsx',
    'shnor objectivity exports/ --markers dagestan-objectivity-markers.xlsx -o objectivity.xlsx',
    'shnor objectivity "Проведение работы по математике, 5 класс. ВПР 2025.xlsx" oge-2025.xlsx',
  ],
  tasks: [
    'shnor tasks vpr-ma5-tasks.xlsx --year 2023',
    'shnor tasks protocol.xlsx --procedure VPR-MA-5',
    'shnor tasks "Проведение работы по математике, 5 класс. ВПР 2021.xlsx" --map description.xlsx',
    'shnor tasks protocol-sch233007.xlsx --map vpr-ma5-plan.xlsx --school sch233007 --by class',
    'shnor tasks protocols/ --map plans/ --by teacher -o deficits.xlsx',
    'shnor tasks vpr-ma5-tasks.xlsx --results results.xlsx --format md',
  ],
  targets: [
    'shnor targets results.xlsx --profile schools.xlsx --facts monitoring.xlsx --year 2023',
    'shnor template facts results.xlsx --profile schools.xlsx -o monitoring.xlsx',
    'shnor targets results.xlsx --programme my-programme.json --format xlsx -o targets.xlsx',
  ],
  dynamics: [
    'shnor dynamics results.xlsx',
    'shnor dynamics results.xlsx --school SL-07 --format md',
    'shnor dynamics results.xlsx --reference region.csv --reference-level region -o dynamics.xlsx',
  ],
  cluster: [
    'shnor cluster results.xlsx --profile schools.xlsx',
    'shnor cluster results.xlsx --profile schools.xlsx --year 2023 -o clusters.xlsx',
    'shnor cluster results.xlsx --format json | jq \'.schools[] | select(.cluster == 2)\'',
  ],
  score: [
    'shnor score results.xlsx --profile schools.xlsx --year 2022',
    'shnor score results.xlsx --profile schools.xlsx --reference district.csv -o rating.xlsx',
    'shnor rules --format md',
  ],
  check: [
    'shnor check results.xlsx --list draft.xlsx',
    'shnor check results.xlsx --list draft.csv --year 2023 --format json',
    'shnor check results.xlsx -o check.xlsx',
  ],
  classify: [
    'shnor classify results.xlsx',
    'shnor classify vpr-2021.csv oge-2021.xlsx --year 2021 -o list.xlsx',
    'shnor classify results.csv --format json | jq .',
    'shnor classify results.xlsx --same-procedure --procedures extended',
  ],
  template: [
    'shnor template profile',
    'shnor template profile -o schools.xlsx --force',
    'shnor template facts results.xlsx --profile schools.xlsx -o monitoring.xlsx',
    'shnor template programme -o my-programme.json',
  ],
  inspect: ['shnor inspect vpr-ma5-2023.xlsx', 'shnor inspect exports/ --format json', 'shnor inspect odd-file.xlsx --layout long'],
};
