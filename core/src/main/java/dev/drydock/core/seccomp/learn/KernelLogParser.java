package dev.drydock.core.seccomp.learn;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the seccomp records (audit type 1326) in kernel log lines as {@code dmesg} prints them, with or
 * without its {@code [ 123.456]} prefix. Other lines, and records missing a field this needs, are skipped.
 */
public final class KernelLogParser {

    private static final Pattern HEADER = Pattern.compile("type=1326 audit\\((\\d+)\\.(\\d{1,9}):(\\d+)\\):");
    private static final Pattern FIELD = Pattern.compile("(?:^|\\s)([a-z_]+)=(\"[^\"]*\"|\\S+)");

    private KernelLogParser() {
    }

    /** The seccomp records among {@code lines}, in log order. */
    public static List<KernelAuditRecord> parse(List<String> lines) {
        List<KernelAuditRecord> records = new ArrayList<>();
        for (String line : lines) {
            parseLine(line).ifPresent(records::add);
        }
        return records;
    }

    /** The seccomp record on one line, if it is one. */
    public static Optional<KernelAuditRecord> parseLine(String line) {
        if (line == null) {
            return Optional.empty();
        }
        Matcher header = HEADER.matcher(line);
        if (!header.find()) {
            return Optional.empty();
        }
        try {
            String fraction = (header.group(2) + "000000000").substring(0, 9);
            Instant time = Instant.ofEpochSecond(Long.parseLong(header.group(1)), Long.parseLong(fraction));
            long serial = Long.parseLong(header.group(3));
            String pid = null;
            String comm = "";
            String arch = null;
            String syscall = null;
            String code = null;
            Matcher field = FIELD.matcher(line.substring(header.end()));
            while (field.find()) {
                String value = field.group(2);
                switch (field.group(1)) {
                    case "pid" -> pid = value;
                    case "comm" -> comm = value.replace("\"", "");
                    case "arch" -> arch = value.toLowerCase(Locale.ROOT);
                    case "syscall" -> syscall = value;
                    case "code" -> code = value;
                    default -> { }
                }
            }
            if (pid == null || arch == null || syscall == null || code == null) {
                return Optional.empty();
            }
            return Optional.of(new KernelAuditRecord(time, serial, Long.parseLong(pid), comm, arch,
                    Long.parseLong(syscall), Long.decode(code)));
        } catch (NumberFormatException | java.time.DateTimeException garbled) {
            return Optional.empty();
        }
    }
}
