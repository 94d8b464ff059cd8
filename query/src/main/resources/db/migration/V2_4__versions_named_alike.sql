-- Every version table names its parts alike (VersionTable): an item's versions are ordered by their revision.
alter table plan_tree_item_version rename column item_revision to revision;
