# sqlite3.dump: what Connection.iterdump() yields, the database as SQL text in the layout of the sqlite3
# shell's .dump command: the schema and rows of each table (by name), then the other schema objects
# (indexes, triggers, views), all inside one transaction.


def _quoted(identifier):
    return '"' + identifier.replace('"', '""') + '"'


def _table_rows(cursor, table):
    # SQLite's quote() writes each value as an SQL literal; the rows are turned into INSERTs by SQLite itself.
    info = cursor.execute("PRAGMA table_info(%s)" % _quoted(table)).fetchall()
    literals = ["quote(%s)" % _quoted(str(column[1])) for column in info]
    select = "SELECT 'INSERT INTO ' || %s || ' VALUES(' || %s || ')' FROM %s" % (
        "'" + _quoted(table).replace("'", "''") + "'", " || ',' || ".join(literals), _quoted(table))
    for row in cursor.execute(select):
        yield row[0] + ";"


def _iterdump(connection):
    cursor = connection.cursor()
    yield "BEGIN TRANSACTION;"
    tables = cursor.execute("SELECT name, sql FROM sqlite_master"
                            " WHERE sql NOT NULL AND type = 'table' ORDER BY name").fetchall()
    for entry in tables:
        table, sql = entry[0], entry[1]
        if table == "sqlite_sequence":
            yield 'DELETE FROM "sqlite_sequence";'
        elif table == "sqlite_stat1":
            yield 'ANALYZE "sqlite_master";'
        elif table.startswith("sqlite_"):
            continue
        else:
            yield sql + ";"
        for statement in _table_rows(cursor, table):
            yield statement
    others = cursor.execute("SELECT sql FROM sqlite_master"
                            " WHERE sql NOT NULL AND type IN ('index', 'trigger', 'view')").fetchall()
    for entry in others:
        yield entry[0] + ";"
    yield "COMMIT;"
