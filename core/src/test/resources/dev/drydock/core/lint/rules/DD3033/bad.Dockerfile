FROM centos:7
RUN yum install -y httpd python3-pip mod_ssl-2.4.6 && yum clean all
