FROM fedora:40
RUN dnf install -y httpd-2.4.62 git-2.46.0 https://example.org/tool-1.0.rpm \
    && dnf module install -y nodejs:20 \
    && dnf clean all
