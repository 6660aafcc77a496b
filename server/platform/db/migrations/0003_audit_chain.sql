CREATE TABLE `login_throttle` (
	`key` text PRIMARY KEY NOT NULL,
	`strikes` integer NOT NULL,
	`last_at` text NOT NULL,
	`blocked_until` text
);
--> statement-breakpoint
ALTER TABLE `audit_log` ADD `prev_hash` text;--> statement-breakpoint
ALTER TABLE `audit_log` ADD `row_hash` text;--> statement-breakpoint
ALTER TABLE `notice_versions` ADD `prev_hash` text;--> statement-breakpoint
ALTER TABLE `notice_versions` ADD `row_hash` text;--> statement-breakpoint
-- Hash chain (issue 9 §6): rows written before this migration are sealed once, in id order, by
-- sealLegacyRows (server/platform/db/chain.ts) on the next open; chain_seal names how far. A row that
-- appears later without a hash is never sealed: verification reports it.
CREATE TABLE `chain_seal` (`table_name` text PRIMARY KEY NOT NULL, `through_id` integer NOT NULL);
--> statement-breakpoint
INSERT INTO `chain_seal` SELECT 'audit_log', coalesce(max(`id`), 0) FROM `audit_log`;
--> statement-breakpoint
INSERT INTO `chain_seal` SELECT 'notice_versions', coalesce(max(`id`), 0) FROM `notice_versions`;
--> statement-breakpoint
DROP TRIGGER `audit_log_no_update`;
--> statement-breakpoint
-- Still append-only; the one exception is sealing a pre-chain row, which sets its hashes and nothing else.
CREATE TRIGGER `audit_log_no_update` BEFORE UPDATE ON `audit_log` WHEN NOT (OLD.`row_hash` IS NULL AND OLD.`id` <= coalesce((SELECT `through_id` FROM `chain_seal` WHERE `table_name` = 'audit_log'), -1) AND NEW.`id` IS OLD.`id` AND NEW.`at` IS OLD.`at` AND NEW.`actor_id` IS OLD.`actor_id` AND NEW.`actor_username` IS OLD.`actor_username` AND NEW.`action` IS OLD.`action` AND NEW.`entity_type` IS OLD.`entity_type` AND NEW.`entity_id` IS OLD.`entity_id` AND NEW.`province_iso` IS OLD.`province_iso` AND NEW.`batch_id` IS OLD.`batch_id` AND NEW.`before_json` IS OLD.`before_json` AND NEW.`after_json` IS OLD.`after_json` AND NEW.`ip` IS OLD.`ip`) BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
--> statement-breakpoint
DROP TRIGGER `notice_versions_no_update`;
--> statement-breakpoint
-- Still append-only; the one exception is sealing a pre-chain row, which sets its hashes and nothing else.
CREATE TRIGGER `notice_versions_no_update` BEFORE UPDATE ON `notice_versions` WHEN NOT (OLD.`row_hash` IS NULL AND OLD.`id` <= coalesce((SELECT `through_id` FROM `chain_seal` WHERE `table_name` = 'notice_versions'), -1) AND NEW.`id` IS OLD.`id` AND NEW.`notice_id` IS OLD.`notice_id` AND NEW.`version` IS OLD.`version` AND NEW.`content_hash` IS OLD.`content_hash` AND NEW.`model_json` IS OLD.`model_json` AND NEW.`reviewed_by` IS OLD.`reviewed_by` AND NEW.`reviewed_at` IS OLD.`reviewed_at` AND NEW.`issued_by` IS OLD.`issued_by` AND NEW.`issued_at` IS OLD.`issued_at`) BEGIN SELECT RAISE(ABORT, 'notice_versions is append-only'); END;
--> statement-breakpoint
-- INSERT OR REPLACE deletes the old row without firing the delete trigger (unless recursive_triggers
-- is on, which the app sets but a plain sqlite3 shell does not): refuse an insert onto an existing row.
CREATE TRIGGER `audit_log_no_replace` BEFORE INSERT ON `audit_log` WHEN EXISTS (SELECT 1 FROM `audit_log` WHERE `id` = NEW.`id`) BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `notice_versions_no_replace` BEFORE INSERT ON `notice_versions` WHEN EXISTS (SELECT 1 FROM `notice_versions` WHERE `id` = NEW.`id` OR (`notice_id` = NEW.`notice_id` AND `version` = NEW.`version`)) BEGIN SELECT RAISE(ABORT, 'notice_versions is append-only'); END;
