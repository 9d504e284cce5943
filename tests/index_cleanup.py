"""Removing the indices that a test made on the search node."""


def delete_indices_matching(client, pattern):
    """Delete every index whose name matches `pattern` (a wildcard pattern).

    Elasticsearch refuses to delete indices by a wildcard unless
    action.destructive_requires_name is turned off, as it is not by default (nor
    on Elastic Cloud), so the names are resolved first and deleted by name.
    https://www.elastic.co/docs/reference/elasticsearch/configuration-reference/index-management-settings
    """
    names = sorted(client.indices.get(index=pattern, features="aliases", expand_wildcards="all"))
    if names:
        client.indices.delete(index=names, ignore_unavailable=True)
    return names
