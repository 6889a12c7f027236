/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Damaging a database on purpose, as a bad disk or a cut copy would.
 * Header-only so the core, CLI and app tests can share it. */

#include <stdio.h>

#include <glib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

/* Makes @path an empty database with SQLite's 4 KiB pages, which a store
 * opening it keeps. These tests were laid out for such pages (the
 * example's 50 outcomes on several leaves); the files Styrkort makes have
 * 16 KiB pages, on which a damaged page is found and read around alike. */
static inline void
sk_test_small_pages (const char *path)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA page_size = 4096; VACUUM", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

/* Page @which of @table's B-tree: "root" (its root page), or "leaf" (its
 * second leaf page, so that rows before and after it stay readable). */
static inline gint64
sk_test_page_of (const char *path,
                 const char *table,
                 const char *which,
                 gint64     *page_size)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 page = 0;
  const char *sql = g_str_equal (which, "root")
    ? "SELECT rootpage FROM sqlite_master WHERE name = ?"
    : "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY path LIMIT 1 OFFSET 1";

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  /* Everything into the main file, so the damage is what gets read. */
  g_assert_cmpint (sqlite3_exec (db, "PRAGMA wal_checkpoint(TRUNCATE)", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA page_size", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  *page_size = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_text (stmt, 1, table, -1, SQLITE_STATIC);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  page = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
  g_assert_cmpint (page, >, 1);
  return page;
}

/* Overwrites that page of the closed database @path with garbage. */
static inline void
sk_test_damage_table (const char *path,
                      const char *table,
                      const char *which)
{
  gint64 page_size = 0;
  gint64 page = sk_test_page_of (path, table, which, &page_size);
  FILE *file = g_fopen (path, "r+b");

  g_assert_nonnull (file);
  g_assert_cmpint (fseek (file, (page - 1) * page_size, SEEK_SET), ==, 0);
  for (gint64 i = 0; i < page_size; i++)
    fputc (0xab, file);
  g_assert_cmpint (fclose (file), ==, 0);
}

/* How many rows of @table a plain connection can read, or -1 on an error. */
static inline gint64
sk_test_count_rows (const char *path,
                    const char *table)
{
  g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM \"%s\" NOT INDEXED", table);
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 n = -1;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW)
    n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n;
}
