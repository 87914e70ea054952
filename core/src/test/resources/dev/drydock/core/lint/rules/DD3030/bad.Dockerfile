FROM centos:7
RUN yum install httpd-2.4.6 && yum clean all
RUN yum --enablerepo=extras \
    install epel-release-7 && yum clean all
