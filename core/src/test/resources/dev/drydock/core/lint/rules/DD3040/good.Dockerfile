FROM fedora:40
RUN dnf install -y httpd-2.4.62 && dnf clean all
RUN dnf install -y git-2.46.0 && rm -rf /var/cache/dnf/*
RUN --mount=type=cache,target=/var/cache/dnf dnf install -y make-4.4.1
