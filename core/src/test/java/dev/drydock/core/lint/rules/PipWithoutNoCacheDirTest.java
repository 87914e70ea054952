package dev.drydock.core.lint.rules;

import org.junit.jupiter.api.Test;

import static dev.drydock.core.lint.RuleCases.catches;
import static dev.drydock.core.lint.RuleCases.passes;

class PipWithoutNoCacheDirTest {

    @Test
    void cases() {
        catches("DD3042", "FROM python\nRUN pip install requests\n");
        catches("DD3042", "FROM python\nRUN pip3.12 install requests\n");
        catches("DD3042", "FROM python\nRUN python3 -m pip install \\\n    requests\n");
        catches("DD3042", "FROM python\nRUN <<EOF\npip install requests\nEOF\n");
        catches("DD3042", "FROM python\nENV PIP_NO_CACHE_DIR=false\nRUN pip install requests\n");
        catches("DD3042", "FROM python AS a\nENV PIP_NO_CACHE_DIR=1\nFROM python\nRUN pip install requests\n");
        passes("DD3042", "FROM python\nRUN pip install --no-cache-dir requests\n");
        passes("DD3042", "FROM python\nENV PIP_NO_CACHE_DIR=1\nRUN pip install requests\n");
        passes("DD3042", "FROM python\nRUN PIP_NO_CACHE_DIR=yes pip install requests\n");
        passes("DD3042", "FROM python\nRUN export PIP_NO_CACHE_DIR=1 && pip install requests\n");
        passes("DD3042", "FROM python\nRUN --mount=type=cache,target=/root/.cache/pip pip install requests\n");
        passes("DD3042", "FROM python\nRUN pip download requests\n");
        passes("DD3042", "FROM python\nRUN python3 -c 'import pip' install\n");
        passes("DD3042", "FROM python\nRUN pipx install black\n");
    }
}
