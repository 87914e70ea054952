FROM fedora:40
RUN dnf install -y httpd-2.4.62 && dnf clean all
RUN dnf --assumeyes install git-2.46.0 && dnf clean all
RUN dnf list installed
