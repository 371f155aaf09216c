package io.guankou.model.sheet;

/** What the user decided for a village the ledger does not have. */
public sealed interface VillageChoice {

    /** Create the village with the name the sheet gives (an office's first import). */
    record Create() implements VillageChoice {
    }

    /** The sheet means this existing village (another spelling). */
    record MapTo(long villageId) implements VillageChoice {
        public MapTo {
            if (villageId <= 0) {
                throw new IllegalArgumentException("map to a stored village");
            }
        }
    }

    static VillageChoice create() {
        return new Create();
    }

    static VillageChoice mapTo(long villageId) {
        return new MapTo(villageId);
    }
}
