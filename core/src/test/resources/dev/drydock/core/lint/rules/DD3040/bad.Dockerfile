FROM fedora:40
RUN dnf install -y httpd-2.4.62
FROM registry.access.redhat.com/ubi9/ubi-minimal:9.4
RUN <<EOF
microdnf install -y shadow-utils-4.9
useradd app
EOF
