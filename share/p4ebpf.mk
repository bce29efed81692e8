# SPDX-License-Identifier: GPL-2.0 OR BSD-2-Clause
# p4ebpf.mk: build eBPF network functions from P4 with p4c-ebpf.
#
# In an NF repository's Makefile:
#
#   include $(shell pkg-config --variable=mkdir p4ebpf)/p4ebpf.mk
#   all: ttl.bpf.o
#   test: ttl.stf-test
#
# (or include PREFIX/share/p4ebpf/p4ebpf.mk by its path). It gives
#
#   %.bpf.o %.json: %.p4    the object and its control-plane description,
#                           rebuilt when the .p4 or anything it #includes
#                           changes (p4c-ebpf -MD writes %.bpf.d)
#   %.stf-test: %.bpf.o %.stf  `nfctl test` of the object (needs root)
#   p4ebpf-clean            removes what these rules made
#
# Variables (set them before or after the include):
#   P4C       the compiler (found next to this file, else on PATH)
#   NFCTL     the loader, likewise
#   P4FLAGS   more p4c-ebpf options: -I DIR, -D NAME, --arch xdp|tc|filter
#   P4ARCH    shorthand for --arch
#   V=1       shows the commands

# The includer's first target stays the default goal.
P4EBPF_GOAL := $(.DEFAULT_GOAL)
P4EBPF_MKDIR := $(patsubst %/,%,$(dir $(lastword $(MAKEFILE_LIST))))
# Installed as PREFIX/share/p4ebpf/p4ebpf.mk: the tools are in PREFIX/bin.
P4EBPF_BINDIR := $(abspath $(P4EBPF_MKDIR)/../../bin)
P4C ?= $(if $(wildcard $(P4EBPF_BINDIR)/p4c-ebpf),$(P4EBPF_BINDIR)/p4c-ebpf,p4c-ebpf)
NFCTL ?= $(if $(wildcard $(P4EBPF_BINDIR)/nfctl),$(P4EBPF_BINDIR)/nfctl,nfctl)
P4FLAGS ?=
P4ARCH ?=

ifeq ($(V),1)
P4EBPF_Q :=
P4EBPF_MSG = @true
else
P4EBPF_Q := @
P4EBPF_MSG = @printf '  %-8s %s\n'
endif

# One run writes both files; -MD writes the dependencies on included P4
# files (with empty rules for them, so deleting one does not break make).
%.bpf.o %.json: %.p4
	$(P4EBPF_MSG) P4C $<
	$(P4EBPF_Q)$(P4C) $(P4FLAGS) $(if $(P4ARCH),--arch $(P4ARCH)) -MD -MF $*.bpf.d -o $*.bpf.o $<

%.stf-test: %.bpf.o %.json %.stf
	$(P4EBPF_MSG) STF $*.stf
	$(P4EBPF_Q)$(NFCTL) test $*.bpf.o $*.stf

.PHONY: p4ebpf-clean
p4ebpf-clean:
	$(P4EBPF_Q)rm -f *.bpf.o *.bpf.d $(patsubst %.p4,%.json,$(wildcard *.p4))

-include $(wildcard *.bpf.d)

.DEFAULT_GOAL := $(P4EBPF_GOAL)
