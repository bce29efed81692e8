/* SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause */
/* netdev.c: network devices for XDP test runs (runtime/ABI.md, 4).
 *
 * The kernel's XDP test run accepts an ingress ifindex only when a device
 * with that index exists. To give a program the input port an STF file
 * names, nfctl test moves itself into a private network namespace, where
 * nothing else lives, and creates an ifb device with exactly that index.
 * The namespace dies with the process, so nothing needs cleaning up. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE /* unshare() */
#endif
#include <errno.h>
#include <sched.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include <net/if.h>

#include <linux/if_link.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>

#include "nfctl.h"

int ld_netns_private(void)
{
	static bool done;

	if (done)
		return 0;
	if (unshare(CLONE_NEWNET)) {
		int err = errno;

		ld_err("cannot create a private network namespace for XDP ports: %s",
		       strerror(err));
		return -err;
	}
	done = true;
	return 0;
}

/* Appends an attribute to a netlink message in buf. */
static struct rtattr *add_attr(struct nlmsghdr *h, size_t cap, int type, const void *data,
			       size_t len)
{
	struct rtattr *a = (struct rtattr *)((char *)h + NLMSG_ALIGN(h->nlmsg_len));

	if (NLMSG_ALIGN(h->nlmsg_len) + RTA_SPACE(len) > cap)
		return NULL;
	a->rta_type = (unsigned short)type;
	a->rta_len = (unsigned short)RTA_LENGTH(len);
	if (len)
		memcpy(RTA_DATA(a), data, len);
	h->nlmsg_len = NLMSG_ALIGN(h->nlmsg_len) + RTA_SPACE(len);
	return a;
}

int ld_ifb_create(uint32_t ifindex)
{
	struct {
		struct nlmsghdr h;
		struct ifinfomsg i;
		char attrs[256];
	} req;
	char name[IFNAMSIZ], reply[1024];
	struct sockaddr_nl sa = { .nl_family = AF_NETLINK };
	struct rtattr *linkinfo;
	struct nlmsgerr *e;
	ssize_t n;
	int fd, err = 0;

	memset(&req, 0, sizeof(req));
	req.h.nlmsg_len = NLMSG_LENGTH(sizeof(req.i));
	req.h.nlmsg_type = RTM_NEWLINK;
	req.h.nlmsg_flags = NLM_F_REQUEST | NLM_F_CREATE | NLM_F_EXCL | NLM_F_ACK;
	req.h.nlmsg_seq = 1;
	req.i.ifi_family = AF_UNSPEC;
	req.i.ifi_index = (int)ifindex;
	snprintf(name, sizeof(name), "p4e%u", ifindex);
	add_attr(&req.h, sizeof(req), IFLA_IFNAME, name, strlen(name) + 1);
	linkinfo = add_attr(&req.h, sizeof(req), IFLA_LINKINFO, NULL, 0);
	add_attr(&req.h, sizeof(req), IFLA_INFO_KIND, "ifb", 4);
	linkinfo->rta_len = (unsigned short)((char *)&req + req.h.nlmsg_len - (char *)linkinfo);

	fd = socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE);
	if (fd < 0)
		return -errno;
	if (sendto(fd, &req, req.h.nlmsg_len, 0, (struct sockaddr *)&sa, sizeof(sa)) < 0) {
		err = -errno;
		goto out;
	}
	n = recv(fd, reply, sizeof(reply), 0);
	if (n < (ssize_t)NLMSG_LENGTH(sizeof(*e))) {
		err = n < 0 ? -errno : -EIO;
		goto out;
	}
	e = NLMSG_DATA((struct nlmsghdr *)reply);
	if (((struct nlmsghdr *)reply)->nlmsg_type == NLMSG_ERROR)
		err = e->error;
out:
	close(fd);
	/* Made for an earlier file of the same run: just as good. */
	if (err == -EEXIST)
		err = 0;
	if (err)
		ld_err("cannot create device %s with ifindex %u for an XDP input port: %s", name,
		       ifindex, strerror(-err));
	return err;
}
