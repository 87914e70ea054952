FROM centos:7
RUN yum install -y httpd-2.4.6
RUN yum clean all && \
    yum install -y epel-release-7 \
    && echo done
