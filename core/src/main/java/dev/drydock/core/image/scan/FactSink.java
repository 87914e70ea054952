package dev.drydock.core.image.scan;

/** Where analyzers put what they found in a file. Every fact names the file it came from. */
public interface FactSink {

    void osRelease(OsReleaseFact fact);

    void packageFound(PackageFact fact);

    void accounts(AccountsFact fact);

    void secret(SecretFact fact);

    void malware(MalwareFact fact);

    /** A file the analyzer could not read as expected, e.g. "var/lib/dpkg/status: line 40 is not a field". */
    void note(String path, String message);
}
