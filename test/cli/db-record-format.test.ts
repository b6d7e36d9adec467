// Database rows as .carrier/.conftemplate text (service/parse/db-records.ts) and the two additions to the record
// format that make every value exact: `[[end]]` closing a block, and `field (quoted): "..."`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { parseRecordFile } from "../../server/src/service/parse/carrier-file";
import { diffRecords, formatRecord, recordFromFile, sqlString, updateStatements, type DbRecord } from "../../server/src/service/parse/db-records";

function carrier(fields: Record<string, string | null>): DbRecord {
  return { kind: "carrier", id: fields.carrier_id ?? "", fields: new Map(Object.entries(fields)) };
}

const AWKWARD = [
  "",
  " ",
  "plain",
  "  leading and trailing  ",
  "line\nbreak",
  "crlf\r\nlines\r\n",
  "ends with a line break\n",
  "two blank lines after\n\n",
  "\nstarts with a blank line",
  "has a\n[[end]]\nline",
  "has a\n[[dialplan_entry]]\nline",
  "ends with a carriage return\r",
  "quotes ' \" and back\\slash \\n",
  "tab\tand NUL\0 and \x1a",
  "Zürich – ☎ “x” 日本",
  "line\u2028separator",
  "# not a comment",
  "[[end]]",
];

test("every awkward value reads back byte for byte, in one-line and multi-line fields", () => {
  for (const value of AWKWARD) {
    for (const field of ["registration_string", "carrier_description", "account_entry", "dialplan_entry"]) {
      const record = carrier({ carrier_id: "C1", [field]: value });
      const text = formatRecord(record, "test");
      const back = recordFromFile("carrier", text);
      assert.equal(back.fields.get(field), value, `${field} = ${JSON.stringify(value)} via\n${text}`);
      assert.deepEqual(parseRecordFile(text, "carrier").problems, [], text);
    }
  }
});

test("ordinary values keep the ordinary format; NULL fields are left out", () => {
  const text = formatRecord(carrier({ carrier_id: "C1", protocol: "SIP", registration_string: null, account_entry: "[t]\ntype=peer", dialplan_entry: "exten => 1,1,Hangup()" }));
  assert.equal(text, "carrier_id: C1\nprotocol: SIP\n\n[[account_entry]]\n[t]\ntype=peer\n\n[[dialplan_entry]]\nexten => 1,1,Hangup()\n");
});

test("[[end]] keeps a block's trailing line breaks; files without it read as before", () => {
  const exact = parseRecordFile("carrier_id: A\n[[account_entry]]\n[t]\ntype=peer\n\n[[end]]\n[[dialplan_entry]]\nx\n\n", "carrier");
  assert.equal(exact.fields.get("account_entry")?.value, "[t]\ntype=peer\n");
  assert.equal(exact.fields.get("dialplan_entry")?.value, "x");
  const stray = parseRecordFile("carrier_id: A\n[[end]]\n", "carrier");
  assert.deepEqual(stray.problems.map((p) => p.kind), ["not-a-field"]);
});

test("a quoted field's value span points inside the quotes; a broken literal is not a field", () => {
  const text = 'registration_string (quoted): " register => a@b "\n';
  const field = parseRecordFile(text, "carrier").fields.get("registration_string")!;
  assert.equal(field.value, " register => a@b ");
  assert.equal(text.slice(field.valueSpan.start, field.valueSpan.end), " register => a@b ");
  assert.deepEqual(parseRecordFile('registration_string (quoted): "\\x"\n', "carrier").problems.map((p) => p.kind), ["not-a-field"]);
});

test("SQL string literals escape what MySQL reads specially", () => {
  assert.equal(sqlString("a'b\\c\nd\re\0f\x1a\"g ☎"), "'a\\'b\\\\c\\nd\\re\\0f\\Z\"g ☎'");
  assert.equal(sqlString(null), "NULL");
});

test("diff compares only the fields a file holds; push prints all of them, or only the changes", () => {
  const db = [carrier({ carrier_id: "A", carrier_name: "Old", active: "Y" }), carrier({ carrier_id: "B", carrier_name: "b" })];
  const files = [carrier({ carrier_id: "A", carrier_name: "New" }), carrier({ carrier_id: "Z", carrier_name: "z" })];
  const diffs = diffRecords(db, files);
  assert.deepEqual(
    diffs.map((d) => [d.id, d.status, d.changes.map((c) => c.field)]),
    [["A", "changed", ["carrier_name"]], ["Z", "file-only", []], ["B", "database-only", []]],
  );
  assert.equal(
    updateStatements(files),
    "SET NAMES utf8mb4;\nUPDATE `vicidial_server_carriers` SET `carrier_name`='New' WHERE `carrier_id`='A';\nUPDATE `vicidial_server_carriers` SET `carrier_name`='z' WHERE `carrier_id`='Z';\n",
  );
  assert.equal(
    updateStatements(files, diffs),
    "SET NAMES utf8mb4;\nUPDATE `vicidial_server_carriers` SET `carrier_name`='New' WHERE `carrier_id`='A';\n-- carrier Z is not in the database: add it in the admin screen first\n",
  );
});
