package dev.drydock.core.image.rules;

import dev.drydock.core.image.scan.AccountsFact;
import dev.drydock.core.image.scan.Located;
import dev.drydock.core.image.scan.ScannedImage;

import java.util.Comparator;
import java.util.Optional;

/** The accounts files a container of the image sees: the top-most, not hidden, version of each. */
final class VisibleAccounts {

    static final String PASSWD = "etc/passwd";
    static final String GROUP = "etc/group";
    static final String SHADOW = "etc/shadow";

    private VisibleAccounts() {
    }

    static Optional<Located<AccountsFact>> of(ScannedImage image, String path) {
        return image.accounts().stream()
                .filter(located -> !located.hidden() && located.fact().path().equals(path))
                .max(Comparator.comparingInt(Located::layer));
    }
}
