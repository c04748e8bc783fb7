/* The seeds' testSlice: make([]int, 10000, 10000) is 80000 bytes, more than
   Go keeps on the stack, so it "escapes to heap".  In C the array stays on
   the stack and may overflow it: gcc-escape says [escape:oversize].  */

void
testSlice (void)
{
  long s[10000];
  for (int i = 0; i < 10000; i++)
    s[i] = i;
  __asm__ volatile ("" : : "r" (s) : "memory");
}
