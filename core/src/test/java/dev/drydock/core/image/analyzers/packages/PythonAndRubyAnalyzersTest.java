package dev.drydock.core.image.analyzers.packages;

import dev.drydock.core.image.analyzers.RecordingFactSink;
import dev.drydock.core.image.scan.PackageFact;
import dev.drydock.core.image.scan.PackageType;
import org.junit.jupiter.api.Test;

import static dev.drydock.core.image.analyzers.RecordingFactSink.file;
import static dev.drydock.core.image.analyzers.RecordingFactSink.run;
import static org.assertj.core.api.Assertions.assertThat;

class PythonAndRubyAnalyzersTest {

    private final PythonMetadataAnalyzer python = new PythonMetadataAnalyzer();
    private final RubyGemspecAnalyzer ruby = new RubyGemspecAnalyzer();

    /** The head of requests 2.31.0's METADATA, as pip installs it. */
    private static final String REQUESTS = """
            Metadata-Version: 2.1
            Name: requests
            Version: 2.31.0
            Summary: Python HTTP for Humans.
            Home-page: https://requests.readthedocs.io
            Author: Kenneth Reitz
            License: Apache 2.0
            Classifier: License :: OSI Approved :: Apache Software License
            Requires-Python: >=3.7
            Requires-Dist: charset-normalizer (<4,>=2)

            # Requests

            **Requests** is a simple, yet elegant, HTTP library.
            """;

    @Test
    void readsDistInfoMetadata() {
        RecordingFactSink sink = run(python, "usr/lib/python3/dist-packages/requests-2.31.0.dist-info/METADATA", REQUESTS);

        assertThat(sink.packages).containsExactly(new PackageFact(PackageType.PYPI, "", "requests", "2.31.0", "", "",
                "", "Apache 2.0", "pkg:pypi/requests@2.31.0",
                "usr/lib/python3/dist-packages/requests-2.31.0.dist-info/METADATA"));
    }

    @Test
    void normalisesTheNameInThePurlAndPrefersTheLicenseExpression() {
        RecordingFactSink sink = run(python, "site-packages/typing_extensions-4.12.2.dist-info/METADATA", """
                Metadata-Version: 2.4
                Name: Typing_Extensions
                Version: 4.12.2
                License-Expression: PSF-2.0
                License: A very long license text
                 that goes on
                """);

        PackageFact fact = sink.packages.get(0);
        assertThat(fact.name()).isEqualTo("Typing_Extensions");
        assertThat(fact.purl()).isEqualTo("pkg:pypi/typing-extensions@4.12.2");
        assertThat(fact.license()).isEqualTo("PSF-2.0");
    }

    @Test
    void readsEggInfoInBothShapes() {
        String pkgInfo = "Metadata-Version: 1.1\nName: six\nVersion: 1.16.0\nLicense: MIT\n";

        assertThat(run(python, "usr/lib/python2.7/site-packages/six-1.16.0-py2.7.egg-info/PKG-INFO", pkgInfo).packages)
                .extracting(PackageFact::purl).containsExactly("pkg:pypi/six@1.16.0");
        assertThat(run(python, "usr/lib/python2.7/dist-packages/six-1.16.0.egg-info", pkgInfo).packages)
                .extracting(PackageFact::purl).containsExactly("pkg:pypi/six@1.16.0");
        assertThat(python.wants(file("x.dist-info/RECORD", 1))).isFalse();
    }

    @Test
    void metadataWithoutNameIsNoted() {
        assertThat(run(python, "a.dist-info/METADATA", "garbage\n\n").notes)
                .containsExactly("a.dist-info/METADATA: has no Name or Version header; not listed as a package");
    }

    /** The generated specification of rake 13.1.0, as RubyGems writes it (shortened). */
    private static final String RAKE = """
            # -*- encoding: utf-8 -*-
            # stub: rake 13.1.0 ruby lib

            Gem::Specification.new do |s|
              s.name = "rake".freeze
              s.version = "13.1.0".freeze

              s.required_rubygems_version = Gem::Requirement.new(">= 1.3.2".freeze) if s.respond_to? :required_rubygems_version=
              s.authors = ["Hiroshi SHIBATA".freeze, "Eric Hodel".freeze]
              s.licenses = ["MIT".freeze]
              s.rubygems_version = "3.5.3".freeze
              s.summary = "Rake is a Make-like program implemented in Ruby".freeze
            end
            """;

    @Test
    void readsAGemspec() {
        RecordingFactSink sink = run(ruby, "usr/local/lib/ruby/gems/3.3.0/specifications/rake-13.1.0.gemspec", RAKE);

        assertThat(sink.packages).containsExactly(new PackageFact(PackageType.GEM, "", "rake", "13.1.0", "", "", "",
                "MIT", "pkg:gem/rake@13.1.0", "usr/local/lib/ruby/gems/3.3.0/specifications/rake-13.1.0.gemspec"));
    }

    @Test
    void aGemspecWithoutNameIsNotedAndOnlySpecificationsAreWanted() {
        assertThat(run(ruby, "specifications/x.gemspec", "puts 'hello'").notes)
                .containsExactly("specifications/x.gemspec: does not assign a name and version; not listed as a gem");
        assertThat(ruby.wants(file("src/app/app.gemspec", 10))).isFalse();
    }
}
