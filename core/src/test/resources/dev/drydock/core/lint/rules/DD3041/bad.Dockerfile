FROM fedora:40
RUN dnf install -y httpd git-2.46.0 && dnf module install -y nodejs && dnf clean all
