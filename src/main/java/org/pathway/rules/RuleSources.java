package org.pathway.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.pathway.policy.PolicyFile;

/**
 * The text of one version of the policy and rules: every {@code *.drl} file and the policy file, by path relative to the
 * rules folder, and where they came from ({@code origin}, which problems name). Its hash identifies the version: the
 * same texts always give the same hash, whichever folder or database they were read from.
 */
public record RuleSources(String origin, Map<String, String> files, String policyPath) {

    /** How many hex digits of the hash name a version on reports and pages. */
    private static final int SHORT_HASH = 12;

    public RuleSources {
        files = Map.copyOf(new TreeMap<>(files));
    }

    /**
     * The DRL files under {@code folder} and its policy file ({@link PolicyFile#IN_RULES}), or a refusal naming the
     * folder when it is not one or holds no DRL; a missing policy file is left for the compiler to name.
     */
    public static RuleSources read(Path folder) {
        return read(folder, PolicyFile.of(folder));
    }

    /** The DRL files under {@code folder} with the policy file {@code policy}, wherever it is. */
    public static RuleSources read(Path folder, Path policy) {
        if (!Files.isDirectory(folder)) {
            throw new RuleCompilationException(List.of(new RuleProblem(folder.toString(), 0,
                    "expected a folder of .drl files")));
        }
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
                files.put(relative(folder, file), Files.readString(file));
            }
            if (files.isEmpty()) {
                throw new RuleCompilationException(List.of(new RuleProblem(folder.toString(), 0,
                        "expected at least one .drl file")));
            }
            if (Files.isRegularFile(policy)) {
                files.put(PolicyFile.IN_RULES, Files.readString(policy));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RuleSources(folder.toString(), files, policy.toString());
    }

    /** These rules with another policy file's text (a proposal: {@code policy preview --policy FILE}, a form). */
    public RuleSources withPolicy(String policyText) {
        Map<String, String> changed = new TreeMap<>(files);
        changed.put(PolicyFile.IN_RULES, policyText);
        return new RuleSources(origin, changed, policyPath);
    }

    /** The DRL files' paths, sorted. */
    public List<String> drlFiles() {
        return files.keySet().stream().filter(f -> f.endsWith(".drl")).toList();
    }

    /** The policy file's text, if there is one. */
    public String policy() {
        return files.get(PolicyFile.IN_RULES);
    }

    /** Where a file of these sources is, as problems name it. */
    public String pathOf(String file) {
        if (file.equals(PolicyFile.IN_RULES) && policyPath != null) {
            return policyPath;
        }
        return origin.isEmpty() ? file : origin + "/" + file;
    }

    /** SHA-256 of every file's path and text, in path order. */
    public String hash() {
        return digest(files.keySet().stream());
    }

    /** SHA-256 of the DRL files' paths and texts alone: what the compiled rules depend on (the policy is data). */
    public String drlHash() {
        return digest(drlFiles().stream());
    }

    private String digest(Stream<String> paths) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            paths.sorted().forEach(path -> {
                digest.update(path.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(files.get(path).getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    /** The version's name on reports and pages: the first digits of its hash. */
    public String version() {
        return hash().substring(0, SHORT_HASH);
    }

    /**
     * Writes these files into {@code folder} and the policy file {@code policy}, in place of the old: each to a temporary file
     * first, then moved over the old one, and DRL files these sources do not hold deleted.
     */
    public void writeTo(Path folder, Path policy) {
        try {
            Map<Path, Path> staged = new TreeMap<>();
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path target = file.getKey().equals(PolicyFile.IN_RULES) ? policy : folder.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Path temporary = Files.createTempFile(target.getParent(), ".publishing-", ".tmp");
                Files.writeString(temporary, file.getValue());
                staged.put(target, temporary);
            }
            for (Map.Entry<Path, Path> file : staged.entrySet()) {
                Files.move(file.getValue(), file.getKey(), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            }
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path old : walk.filter(p -> p.toString().endsWith(".drl")).toList()) {
                    if (!files.containsKey(relative(folder, old))) {
                        Files.delete(old);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String relative(Path folder, Path file) {
        return folder.relativize(file).toString().replace('\\', '/');
    }
}
