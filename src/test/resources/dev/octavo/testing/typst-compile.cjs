// Compiles a .typ file to PDF with Typst's npm compiler: node typst-compile.cjs MAIN.typ OUT.pdf FONT_DIR...
// The compiler package is found through NODE_PATH (the tests and the bench set it to the npm install's node_modules).
'use strict';
const fs = require('fs');
const path = require('path');
const { NodeCompiler } = require('@myriaddreamin/typst-ts-node-compiler');

const [main, out, ...fontDirs] = process.argv.slice(2);
const compiler = NodeCompiler.create({
  workspace: path.dirname(path.resolve(main)),
  fontArgs: [{ fontPaths: fontDirs.map(d => path.resolve(d)) }],
});
const compiled = compiler.compile({ mainFilePath: path.resolve(main) });
if (compiled.hasError() || !compiled.result) {
  compiled.printErrors();
  process.exit(1);
}
fs.writeFileSync(out, compiler.pdf(compiled.result, { creationTimestamp: 0 }));
