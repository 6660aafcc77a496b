CREATE TABLE `assignment_history` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`assignment_id` integer NOT NULL,
	`target_min` real NOT NULL,
	`target_std` real NOT NULL,
	`target_adv` real NOT NULL,
	`batch_id` integer NOT NULL,
	`replaced_by_batch_id` integer NOT NULL,
	FOREIGN KEY (`assignment_id`) REFERENCES `assignments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`batch_id`) REFERENCES `import_batches`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`replaced_by_batch_id`) REFERENCES `import_batches`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `assignments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`year` integer NOT NULL,
	`province_iso` text NOT NULL,
	`indicator_id` integer NOT NULL,
	`component` text DEFAULT '' NOT NULL,
	`target_min` real NOT NULL,
	`target_std` real NOT NULL,
	`target_adv` real NOT NULL,
	`batch_id` integer NOT NULL,
	FOREIGN KEY (`year`) REFERENCES `fiscal_years`(`year`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`province_iso`) REFERENCES `provinces`(`iso`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`indicator_id`) REFERENCES `indicators`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`batch_id`) REFERENCES `import_batches`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `assignments_key` ON `assignments` (`year`,`province_iso`,`indicator_id`,`component`);--> statement-breakpoint
CREATE INDEX `assignments_indicator` ON `assignments` (`indicator_id`);--> statement-breakpoint
CREATE TABLE `fiscal_years` (
	`year` integer PRIMARY KEY NOT NULL,
	`title_th` text NOT NULL,
	`title_en` text NOT NULL,
	`source` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `import_batches` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`file_name` text NOT NULL,
	`sha256` text NOT NULL,
	`imported_by` text NOT NULL,
	`source` text NOT NULL,
	`created_at` text NOT NULL,
	`rows_total` integer NOT NULL,
	`rows_new` integer NOT NULL,
	`rows_changed` integer NOT NULL,
	`rows_unchanged` integer NOT NULL,
	`targets_new` integer NOT NULL,
	`targets_changed` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `indicator_provinces` (
	`indicator_id` integer NOT NULL,
	`province_iso` text NOT NULL,
	FOREIGN KEY (`indicator_id`) REFERENCES `indicators`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`province_iso`) REFERENCES `provinces`(`iso`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `indicator_provinces_pk` ON `indicator_provinces` (`indicator_id`,`province_iso`);--> statement-breakpoint
CREATE TABLE `indicators` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`year` integer NOT NULL,
	`seq` integer NOT NULL,
	`code` text NOT NULL,
	`name_th` text NOT NULL,
	`name_en` text NOT NULL,
	`group` text NOT NULL,
	`unit_th` text NOT NULL,
	`unit_en` text NOT NULL,
	`direction` text NOT NULL,
	`kind` text NOT NULL,
	`accumulates` integer NOT NULL,
	`has_components` integer NOT NULL,
	`component_label_th` text,
	`component_label_en` text,
	`example` integer NOT NULL,
	`source` text NOT NULL,
	FOREIGN KEY (`year`) REFERENCES `fiscal_years`(`year`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `indicators_year_code` ON `indicators` (`year`,`code`);--> statement-breakpoint
CREATE TABLE `provinces` (
	`iso` text PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`name_th` text NOT NULL,
	`name_en` text NOT NULL,
	`region` text NOT NULL,
	`cluster` text,
	`in_measure` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `provinces_code_unique` ON `provinces` (`code`);--> statement-breakpoint
CREATE TABLE `result_history` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`result_id` integer NOT NULL,
	`kind` text NOT NULL,
	`value` real,
	`note` text,
	`batch_id` integer NOT NULL,
	`replaced_by_batch_id` integer NOT NULL,
	FOREIGN KEY (`result_id`) REFERENCES `results`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`batch_id`) REFERENCES `import_batches`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`replaced_by_batch_id`) REFERENCES `import_batches`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `result_history_result` ON `result_history` (`result_id`);--> statement-breakpoint
CREATE TABLE `results` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`round_id` integer NOT NULL,
	`assignment_id` integer NOT NULL,
	`kind` text NOT NULL,
	`value` real,
	`note` text,
	`batch_id` integer NOT NULL,
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`assignment_id`) REFERENCES `assignments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`batch_id`) REFERENCES `import_batches`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "results_value_kind" CHECK(("results"."kind" = 'value') = ("results"."value" is not null))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `results_key` ON `results` (`round_id`,`assignment_id`);--> statement-breakpoint
CREATE TABLE `rounds` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`year` integer NOT NULL,
	`months` integer NOT NULL,
	FOREIGN KEY (`year`) REFERENCES `fiscal_years`(`year`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "rounds_months" CHECK("rounds"."months" in (6, 12))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `rounds_year_months` ON `rounds` (`year`,`months`);