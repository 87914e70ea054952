FROM centos:7
RUN yum install -y httpd-2.4.6 && yum clean all
RUN yum --assumeyes install epel-release-7 && yum clean all
RUN yum -qy groupinstall @development && yum clean all
