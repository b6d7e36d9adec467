// The SQL dump reader (service/parse/sql-dump.ts): column order from the INSERT's list or the CREATE TABLE, extended
// inserts, INSERT ... SET, MySQL string escapes, NULL, introducers, hex, comments, and the dumps it refuses.
import { test } from "node:test";
import assert from "node:assert/strict";
import { parseSqlDump, SqlDumpError } from "../../server/src/service/parse/sql-dump";

const T = "vicidial_server_carriers";
const rows = (sql: string) => parseSqlDump(sql, [T]).get(T)!.rows.map((r) => Object.fromEntries(r));

test("extended INSERT without a column list takes the CREATE TABLE order", () => {
  const sql = [
    "-- MySQL dump",
    "/*!40101 SET NAMES utf8mb4 */;",
    "CREATE TABLE `vicidial_server_carriers` (",
    "  `carrier_id` varchar(15) NOT NULL,",
    "  `protocol` enum('SIP','IAX2') DEFAULT 'SIP',",
    "  `key` varchar(5),",
    "  UNIQUE KEY `carrier_id` (`carrier_id`),",
    "  KEY `server_ip` (`server_ip`)",
    ") ENGINE=MyISAM DEFAULT CHARSET=utf8mb4;",
    "INSERT INTO `vicidial_server_carriers` VALUES ('A','SIP',NULL),('B','IAX2','k');",
  ].join("\n");
  assert.deepEqual(rows(sql), [
    { carrier_id: "A", protocol: "SIP", key: null },
    { carrier_id: "B", protocol: "IAX2", key: "k" },
  ]);
});

test("a column list in the INSERT wins over the CREATE TABLE order", () => {
  const sql = "CREATE TABLE vicidial_server_carriers (carrier_id VARCHAR(15), protocol VARCHAR(9));\nINSERT INTO asterisk.vicidial_server_carriers (protocol, carrier_id) VALUES ('PJSIP', 'X');";
  assert.deepEqual(rows(sql), [{ protocol: "PJSIP", carrier_id: "X" }]);
});

test("MySQL escapes, doubled quotes, double-quoted strings, introducers, hex and numbers", () => {
  const sql =
    "INSERT INTO vicidial_server_carriers (a,b,c,d,e,f,g,h) VALUES " +
    "('l1\\nl2\\r\\n\\ttab\\\\back\\'q', 'it''s', \"say \\\"hi\\\" \"\"x\"\"\", _utf8mb4'Zürich ☎', 0x736970, X'6869', -12, '\\%\\_\\Z\\0\\b');";
  assert.deepEqual(rows(sql), [{ a: "l1\nl2\r\n\ttab\\back'q", b: "it's", c: 'say "hi" "x"', d: "Zürich ☎", e: "sip", f: "hi", g: "-12", h: "\\%\\_\x1a\0\b" }]);
});

test("INSERT ... SET, as VICIdial's own SQL files write rows; REPLACE and INSERT IGNORE", () => {
  const sql = [
    "INSERT INTO vicidial_server_carriers SET carrier_id='S1', dialplan_entry=\"exten => 1,1,NoOp()\\nexten => 1,2,Hangup\";",
    "REPLACE INTO vicidial_server_carriers (carrier_id) VALUES ('S2');",
    "INSERT IGNORE INTO vicidial_server_carriers (carrier_id) VALUES ('S3');",
    "INSERT INTO other_table VALUES (1,2,3);",
  ].join("\n");
  assert.deepEqual(rows(sql), [{ carrier_id: "S1", dialplan_entry: "exten => 1,1,NoOp()\nexten => 1,2,Hangup" }, { carrier_id: "S2" }, { carrier_id: "S3" }]);
});

test("semicolons and comment markers inside strings are text; comments between statements are skipped", () => {
  const sql = "# a comment\n/* block; with 'quote */\nINSERT INTO vicidial_server_carriers (a) VALUES ('x; -- not a comment /* nor this */ # nor');\n-- end\n";
  assert.deepEqual(rows(sql), [{ a: "x; -- not a comment /* nor this */ # nor" }]);
});

test("a table the dump never mentions is reported as not seen", () => {
  const tables = parseSqlDump("INSERT INTO other VALUES (1);", [T, "vicidial_conf_templates"]);
  assert.equal(tables.get(T)!.seen, false);
  assert.equal(parseSqlDump("CREATE TABLE vicidial_server_carriers (a INT);", [T]).get(T)!.seen, true);
});

test("dumps it refuses, with the line of the problem", () => {
  const cases: [string, RegExp][] = [
    ["INSERT INTO vicidial_server_carriers (a) VALUES ('cut off", /line 1: the dump ends inside a quoted string/],
    ["INSERT INTO vicidial_server_carriers (a) VALUES ('x'),\n('y')", /line 2: the last statement has no closing ';'/],
    ["INSERT INTO vicidial_server_carriers (a) VALUES ('x'),\n(", /line 2: the last statement has no closing ';'/],
    ["INSERT INTO vicidial_server_carriers (a) VALUES ('x'),\n(;", /line 2: .*not closed/],
    ["INSERT INTO vicidial_server_carriers VALUES ('x');", /no column list and the dump has no CREATE TABLE/],
    ["INSERT INTO vicidial_server_carriers (a,b) VALUES ('x');", /a row has 1 values for 2 columns/],
    ["INSERT INTO vicidial_server_carriers (a) VALUES (NOW());", /not a literal/],
    ["/* never closed", /ends inside a \/\* comment/],
  ];
  for (const [sql, message] of cases) {
    assert.throws(() => parseSqlDump(sql, [T]), (error: unknown) => error instanceof SqlDumpError && message.test(error.message), sql);
  }
});

test("rows of other tables are passed over, however awkward their strings; line numbers stay right after them", () => {
  const other = "INSERT INTO `vicidial_log` VALUES ('a;b','it\\'s; \\\\','multi\nline\nvalue'),('x\\\\','y;','z');\n";
  const sql = other + "INSERT INTO vicidial_server_carriers (a) VALUES ('kept');\n" + other + "INSERT INTO vicidial_server_carriers (a) VALUES (NOW());\n";
  assert.throws(() => parseSqlDump(sql, [T]), /^Error: line 8: a value in the rows of vicidial_server_carriers is not a literal/);
  assert.deepEqual(rows(sql.slice(0, sql.lastIndexOf("INSERT"))), [{ a: "kept" }]);
});
