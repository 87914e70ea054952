package dev.drydock.core.lint.rules;

import org.junit.jupiter.api.Test;

import static dev.drydock.core.lint.RuleCases.catches;
import static dev.drydock.core.lint.RuleCases.passes;

class PipVersionsNotPinnedTest {

    @Test
    void cases() {
        catches("DD3013", "FROM python\nRUN pip install requests\n");
        catches("DD3013", "FROM python\nRUN pip install --no-cache-dir requests==2.32.3 \\\n    flask\n");
        catches("DD3013", "FROM python\nRUN python -m pip install -U pip\n");
        catches("DD3013", "FROM python\nRUN <<EOF\npip3 install requests\nEOF\n");
        catches("DD3013", "FROM python\nRUN pip install -r requirements.txt flask\n");
        passes("DD3013", "FROM python\nRUN pip install requests==2.32.3\n");
        passes("DD3013", "FROM python\nRUN pip install 'requests>=2.32,<3'\n");
        passes("DD3013", "FROM python\nRUN pip install requests~=2.32\n");
        passes("DD3013", "FROM python\nRUN pip install -r requirements.txt -c constraints.txt\n");
        passes("DD3013", "FROM python\nRUN pip install -e . ./dist/tool.whl git+https://example.org/x.git\n");
        passes("DD3013", "FROM python\nRUN pip install --index-url https://example.org/simple tool==1.0\n");
        passes("DD3013", "FROM python\nRUN pip install $PACKAGES\n");
        passes("DD3013", "FROM python\nRUN pip uninstall -y requests\n");
    }
}
