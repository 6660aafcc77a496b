/** What every request handler can reach through `c.var`. */
import type { Config } from '../config';
import type { Db } from '../db/client';

/** The acting user. Accounts arrive with the access-control issue; until then every request acts as `anonymous`. */
export interface Actor {
  username: string;
}

export interface AppEnv {
  Variables: {
    db: Db;
    config: Config;
    actor: Actor;
    /** The boundary source's attribution, shown under every map (data/provinces.json). */
    mapAttribution: string;
  };
}
