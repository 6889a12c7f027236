/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Being written (charts issue). */
