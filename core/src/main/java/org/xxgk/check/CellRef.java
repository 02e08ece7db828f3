package org.xxgk.check;

import java.util.Optional;

/** A cell a rule names: a catalogue key (V2019 / V2021), or a LEGACY indicator found by label. */
sealed interface CellRef {

    /** The key of the cell in this report, if it has one. */
    Optional<String> resolve(Audit audit);

    /** The cell as people call it, for messages. */
    String nameZh();

    static CellRef key(String key) {
        return new Key(key);
    }

    static CellRef label(LabelPath path) {
        return new Label(path);
    }

    /** A catalogue key: it always resolves; the cell may still be blank or unprinted. */
    record Key(String key) implements CellRef {
        @Override
        public Optional<String> resolve(Audit audit) {
            return Optional.of(key);
        }

        @Override
        public String nameZh() {
            return key;
        }
    }

    /** A LEGACY indicator matched by label. */
    record Label(LabelPath path) implements CellRef {
        @Override
        public Optional<String> resolve(Audit audit) {
            return path.resolve(audit.legacy());
        }

        @Override
        public String nameZh() {
            return path.nameZh();
        }
    }
}
