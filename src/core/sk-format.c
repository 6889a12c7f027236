/* SPDX-License-Identifier: GPL-3.0-or-later */ /* placeholder */ typedef int sk_placeholder_sk_format;
