import { main } from '../dist/bundle/main.js'; main(process.argv.slice(2)).then((c) => { process.exitCode = c; });
