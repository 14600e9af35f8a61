// The independent GIFT referee of tests/test_gift_referee.py: gift-pegjs (npm), a GIFT parser
// written from Moodle's documentation by others. Reads the GIFT files named on the command
// line; prints one JSON object: each file's parsed questions, or the parser's error.
"use strict";
const fs = require("fs");
const parser = require("gift-pegjs");

const results = {};
for (const path of process.argv.slice(2)) {
  try {
    results[path] = { questions: parser.parse(fs.readFileSync(path, "utf8")) };
  } catch (error) {
    const where = error.location ? ` at line ${error.location.start.line}` : "";
    results[path] = { error: `${error.message}${where}` };
  }
}
process.stdout.write(JSON.stringify(results));
