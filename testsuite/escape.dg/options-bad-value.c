/* Malformed values are errors.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-max-stack=-1 -fplugin-arg-escape-report=3 -fplugin-arg-escape-disable=nosuchrule" } */
/* { dg-error "'-fplugin-arg-escape-max-stack=-1' expects a size in bytes" "" { target *-*-* } 0 } */
/* { dg-error "'-fplugin-arg-escape-report=3' expects 1 or 2" "" { target *-*-* } 0 } */
/* { dg-error "unknown rule 'nosuchrule'" "" { target *-*-* } 0 } */
/* { dg-error "failed to initialize plugin" "" { target *-*-* } 0 } */
int x;
