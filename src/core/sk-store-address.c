/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "sk-store"

#include "config.h"

#include <string.h>

#include "sk-store-address.h"
#include "sk-db.h"

SkStoreAddress *
sk_store_address_new (void)
{
  SkStoreAddress *address = g_new0 (SkStoreAddress, 1);

  address->extra = g_ptr_array_new_with_free_func (g_free);
  return address;
}

void
sk_store_address_free (SkStoreAddress *address)
{
  if (address == NULL)
    return;
  g_free (address->host);
  g_free (address->port);
  g_free (address->dbname);
  g_free (address->user);
  g_free (address->password);
  g_ptr_array_unref (address->extra);
  g_free (address);
}

static char *
unescape (const char *text,
          gssize      len)
{
  g_autofree char *part = len < 0 ? g_strdup (text) : g_strndup (text, len);
  char *plain = g_uri_unescape_string (part, NULL);

  /* A stray "%" is taken as written, as libpq would not. */
  return plain != NULL ? plain : g_steal_pointer (&part);
}

static void
set_field (char       **field,
           const char  *text,
           gssize       len)
{
  g_free (*field);
  *field = unescape (text, len);
  if (**field == '\0')
    g_clear_pointer (field, g_free);
}

static void
parse_params (SkStoreAddress *address,
              const char     *query)
{
  g_auto(GStrv) pairs = g_strsplit (query, "&", -1);

  for (guint i = 0; pairs[i] != NULL; i++)
    {
      const char *eq = strchr (pairs[i], '=');
      g_autofree char *key = NULL;

      if (pairs[i][0] == '\0')
        continue;
      key = unescape (pairs[i], eq != NULL ? eq - pairs[i] : -1);
      if (eq == NULL)
        g_ptr_array_add (address->extra, g_strdup (pairs[i]));
      else if (g_str_equal (key, "host"))
        set_field (&address->host, eq + 1, -1);
      else if (g_str_equal (key, "port"))
        set_field (&address->port, eq + 1, -1);
      else if (g_str_equal (key, "dbname"))
        set_field (&address->dbname, eq + 1, -1);
      else if (g_str_equal (key, "user"))
        set_field (&address->user, eq + 1, -1);
      else if (g_str_equal (key, "password"))
        set_field (&address->password, eq + 1, -1);
      else
        g_ptr_array_add (address->extra, g_strdup (pairs[i]));
    }
}

/* host[:port], an IPv6 address in brackets. Several hosts (a,b:5433)
 * are kept together as libpq reads them. */
static void
parse_hostspec (SkStoreAddress *address,
                const char     *spec,
                gssize          len)
{
  const char *end = spec + len;
  const char *colon = NULL;

  if (len <= 0)
    return;
  if (spec[0] == '[')
    {
      const char *close = memchr (spec, ']', len);

      if (close != NULL)
        {
          set_field (&address->host, spec + 1, close - spec - 1);
          if (close + 1 < end && close[1] == ':')
            set_field (&address->port, close + 2, end - close - 2);
          return;
        }
    }
  if (memchr (spec, ',', len) == NULL)
    for (const char *p = end - 1; p >= spec; p--)
      if (*p == ':')
        {
          colon = p;
          break;
        }
  if (colon != NULL)
    {
      set_field (&address->host, spec, colon - spec);
      set_field (&address->port, colon + 1, end - colon - 1);
    }
  else
    set_field (&address->host, spec, len);
}

SkStoreAddress *
sk_store_address_parse (const char *uri)
{
  g_autoptr(SkStoreAddress) address = NULL;
  const char *rest, *authority_end, *at, *slash, *query;

  if (uri == NULL)
    return NULL;
  if (g_str_has_prefix (uri, "postgresql://"))
    rest = uri + strlen ("postgresql://");
  else if (g_str_has_prefix (uri, "postgres://"))
    rest = uri + strlen ("postgres://");
  else
    return NULL;

  address = sk_store_address_new ();
  authority_end = rest + strcspn (rest, "/?");
  at = NULL;
  for (const char *p = rest; p < authority_end; p++)
    if (*p == '@')
      at = p;
  if (at != NULL)
    {
      const char *colon = memchr (rest, ':', at - rest);

      if (colon != NULL)
        {
          set_field (&address->user, rest, colon - rest);
          set_field (&address->password, colon + 1, at - colon - 1);
        }
      else
        set_field (&address->user, rest, at - rest);
      rest = at + 1;
    }
  parse_hostspec (address, rest, authority_end - rest);

  slash = *authority_end == '/' ? authority_end : NULL;
  query = strchr (authority_end, '?');
  if (slash != NULL)
    set_field (&address->dbname, slash + 1, (query != NULL ? query : slash + strlen (slash)) - slash - 1);
  if (query != NULL)
    parse_params (address, query + 1);
  return g_steal_pointer (&address);
}

static void
append_param (GString    *uri,
              const char *key,
              const char *value)
{
  g_autofree char *escaped = NULL;

  if (value == NULL || value[0] == '\0')
    return;
  /* Everything but letters, digits and "-._~" is escaped, "/" of a
   * socket folder too: libpq decodes it all. */
  escaped = g_uri_escape_string (value, NULL, FALSE);
  if (uri->str[uri->len - 1] != '?')
    g_string_append_c (uri, '&');
  g_string_append_printf (uri, "%s=%s", key, escaped);
}

char *
sk_store_address_to_string (const SkStoreAddress *address,
                            gboolean              with_password)
{
  GString *uri;

  g_return_val_if_fail (address != NULL, NULL);

  /* All in the query part: a socket folder or an IPv6 address needs no
   * special form there, and one escaping rule covers every value. */
  uri = g_string_new ("postgresql:///?");
  append_param (uri, "dbname", address->dbname);
  append_param (uri, "host", address->host);
  append_param (uri, "port", address->port);
  append_param (uri, "user", address->user);
  if (with_password)
    append_param (uri, "password", address->password);
  for (guint i = 0; i < address->extra->len; i++)
    {
      if (uri->str[uri->len - 1] != '?')
        g_string_append_c (uri, '&');
      g_string_append (uri, g_ptr_array_index (address->extra, i));
    }
  if (uri->str[uri->len - 1] == '?')
    g_string_truncate (uri, uri->len - 1);
  return g_string_free (uri, FALSE);
}

char *
sk_store_address_describe (const SkStoreAddress *address)
{
  const char *user, *host, *dbname;

  g_return_val_if_fail (address != NULL, NULL);

  /* libpq's own defaults, so the line names what it connected to. */
  user = address->user != NULL ? address->user : g_getenv ("PGUSER");
  if (user == NULL)
    user = g_get_user_name ();
  host = address->host != NULL ? address->host : g_getenv ("PGHOST");
  if (host == NULL)
    host = "localhost";
  dbname = address->dbname != NULL ? address->dbname : g_getenv ("PGDATABASE");
  if (dbname == NULL)
    dbname = user;
  if (address->port != NULL && host[0] != '/')
    return g_strdup_printf ("%s @ %s:%s (%s)", dbname, host, address->port, user);
  return g_strdup_printf ("%s @ %s (%s)", dbname, host, user);
}

gboolean
sk_store_address_is_server (const char *path)
{
  return sk_db_is_postgres_uri (path);
}

char *
sk_store_address_describe_path (const char *path)
{
  g_autoptr(SkStoreAddress) address = sk_store_address_parse (path);

  if (address == NULL)
    return path != NULL ? g_path_get_basename (path) : NULL;
  return sk_store_address_describe (address);
}

char *
sk_store_address_hide_password (const char *path)
{
  g_autoptr(SkStoreAddress) address = sk_store_address_parse (path);

  if (address == NULL)
    return g_strdup (path);
  return sk_store_address_to_string (address, FALSE);
}
