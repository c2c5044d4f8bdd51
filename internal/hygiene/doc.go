// Package hygiene holds tests of the repository as a whole rather than of a
// package: the files the README tells people to generate are ignored by
// git; no tracked file points outside the repository; every code the
// project reports is declared in the rule catalogue and reported by some
// test. It has no code of its own.
package hygiene
