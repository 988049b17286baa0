/* SPDX-License-Identifier: GPL-2.0+ */
/* U-Boot's commands: this firmware has no command line */
