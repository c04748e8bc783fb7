/* An unknown argument is an error that names it and lists the valid ones.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-bogus" } */
/* { dg-error "'-fplugin-arg-escape-bogus' is not an argument of this plugin \\(valid: help, max-stack=N" "" { target *-*-* } 0 } */
/* { dg-error "failed to initialize plugin" "" { target *-*-* } 0 } */
int x;
