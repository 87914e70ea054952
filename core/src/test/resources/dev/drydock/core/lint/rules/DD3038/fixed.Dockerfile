FROM fedora:40
RUN dnf install -y httpd-2.4.62 && dnf clean all
FROM registry.access.redhat.com/ubi9/ubi-minimal:9.4
RUN microdnf install -y --nodocs shadow-utils-4.9 && microdnf clean all
