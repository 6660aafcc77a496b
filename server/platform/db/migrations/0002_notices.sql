CREATE TABLE `notice_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`notice_id` integer NOT NULL,
	`version` integer NOT NULL,
	`content_hash` text NOT NULL,
	`model_json` text NOT NULL,
	`reviewed_by` text NOT NULL,
	`reviewed_at` text NOT NULL,
	`issued_by` text NOT NULL,
	`issued_at` text NOT NULL,
	FOREIGN KEY (`notice_id`) REFERENCES `notices`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `notice_versions_key` ON `notice_versions` (`notice_id`,`version`);--> statement-breakpoint
CREATE INDEX `notice_versions_notice` ON `notice_versions` (`notice_id`);--> statement-breakpoint
CREATE TABLE `notices` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`round_id` integer NOT NULL,
	`province_iso` text NOT NULL,
	`state` text DEFAULT 'draft' NOT NULL,
	`reviewed_hash` text,
	`reviewed_by` text,
	`reviewed_at` text,
	`current_version` integer,
	`updated_by` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`province_iso`) REFERENCES `provinces`(`iso`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "notices_state" CHECK("notices"."state" in ('draft', 'reviewed', 'issued'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `notices_key` ON `notices` (`round_id`,`province_iso`);--> statement-breakpoint
CREATE TABLE `observations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`round_id` integer NOT NULL,
	`assignment_id` integer NOT NULL,
	`template_id` text NOT NULL,
	`template_sentences` text NOT NULL,
	`facts_json` text NOT NULL,
	`draft_text` text NOT NULL,
	`drafted_at` text NOT NULL,
	`edited_text` text,
	`edited_by` text,
	`edited_at` text,
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`assignment_id`) REFERENCES `assignments`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "observations_edit_complete" CHECK(("observations"."edited_text" is null) = ("observations"."edited_by" is null) and ("observations"."edited_text" is null) = ("observations"."edited_at" is null))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `observations_key` ON `observations` (`round_id`,`assignment_id`);--> statement-breakpoint
CREATE TABLE `recommendations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`round_id` integer NOT NULL,
	`indicator_id` integer NOT NULL,
	`draft_source` text NOT NULL,
	`facts_json` text NOT NULL,
	`draft_text` text NOT NULL,
	`drafted_at` text NOT NULL,
	`edited_text` text,
	`edited_by` text,
	`edited_at` text,
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`indicator_id`) REFERENCES `indicators`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "recommendations_edit_complete" CHECK(("recommendations"."edited_text" is null) = ("recommendations"."edited_by" is null) and ("recommendations"."edited_text" is null) = ("recommendations"."edited_at" is null))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `recommendations_key` ON `recommendations` (`round_id`,`indicator_id`);--> statement-breakpoint
-- An issued version is frozen: the database itself refuses to change or remove it.
CREATE TRIGGER `notice_versions_no_update` BEFORE UPDATE ON `notice_versions` BEGIN SELECT RAISE(ABORT, 'notice_versions is append-only'); END;--> statement-breakpoint
CREATE TRIGGER `notice_versions_no_delete` BEFORE DELETE ON `notice_versions` BEGIN SELECT RAISE(ABORT, 'notice_versions is append-only'); END;
