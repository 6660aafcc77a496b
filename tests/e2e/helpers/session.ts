/**
 * Browser sign-in for end-to-end tests: the one place a test session gets its account. Accounts are
 * not built yet, so this does nothing today; the accounts work fills it in (every e2e test already
 * calls it before visiting a page).
 */
import type { Page } from 'playwright-core';

export async function signIn(page: Page, baseUrl: string, role?: 'staff'): Promise<void> {
  void page;
  void baseUrl;
  void role;
}
