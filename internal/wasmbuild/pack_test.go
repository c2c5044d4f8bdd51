package wasmbuild

import (
	"bytes"
	"testing"
)

// module is a WebAssembly module with a type section (kept as it is) and a
// data section of segs.
func module(segs []segment, dataCount bool) []byte {
	b := []byte("\x00asm\x01\x00\x00\x00")
	b = append(b, 1, 4, 1, 0x60, 0, 0) // one type: func () → ()
	if dataCount {
		b = append(b, 12, 1, byte(len(segs)))
	}
	body := appendU32(nil, uint32(len(segs)))
	for _, s := range segs {
		body = append(body, 0, 0x41)
		body = appendS32(body, int32(s.off))
		body = append(body, 0x0b)
		body = appendU32(body, uint32(len(s.data)))
		body = append(body, s.data...)
	}
	b = append(b, 11)
	b = appendU32(b, uint32(len(body)))
	return append(b, body...)
}

// memory is the memory a module's data segments give, and their number.
func memory(t *testing.T, wasm []byte) ([]byte, int) {
	t.Helper()
	r := reader{b: wasm, p: 8}
	var mem []byte
	n := -1
	for r.p < len(r.b) {
		id := r.byte()
		size := int(r.u32())
		if id != 11 {
			r.p += size
			continue
		}
		n = int(r.u32())
		for i := 0; i < n; i++ {
			r.u32()
			r.byte()
			off := int(r.s32())
			r.byte()
			l := int(r.u32())
			if len(mem) < off+l {
				mem = append(mem, make([]byte, off+l-len(mem))...)
			}
			copy(mem[off:], r.b[r.p:r.p+l])
			r.p += l
		}
	}
	if r.err != nil {
		t.Fatal(r.err)
	}
	return mem, n
}

func TestPackData(t *testing.T) {
	segs := []segment{
		{1000, []byte("abc")},
		{1003 + 8, []byte("def")},  // 8 zeros between: joined
		{1014 + 64, []byte("ghi")}, // 64: joined
		{1081 + 65, []byte("jkl")}, // 65: a segment of its own
		{70000, bytes.Repeat([]byte{7}, 300)},
		{70300, []byte("adjacent")}, // no gap: joined
	}
	for _, dc := range []bool{false, true} {
		in := module(segs, dc)
		out, err := PackData(in, PackGap)
		if err != nil {
			t.Fatal(err)
		}
		memIn, nIn := memory(t, in)
		memOut, nOut := memory(t, out)
		if !bytes.Equal(memIn, memOut) {
			t.Error("the packed module's memory differs")
		}
		if nIn != 6 || nOut != 3 {
			t.Errorf("%d segments packed into %d, want 6 into 3", nIn, nOut)
		}
		if !bytes.Equal(out[8:14], in[8:14]) {
			t.Error("the type section changed")
		}
		if dc && !bytes.Contains(out, []byte{12, 1, 3}) {
			t.Error("the DataCount section does not say 3")
		}
		again, err := PackData(out, PackGap)
		if err != nil || !bytes.Equal(again, out) {
			t.Errorf("packing a packed module changed it (%v)", err)
		}
	}
}

func TestPackDataRefuses(t *testing.T) {
	good := module([]segment{{8, []byte("x")}}, false)
	passive := append([]byte(nil), good...)
	passive[len(passive)-6] = 1 // the segment's flags: passive
	for name, in := range map[string][]byte{
		"not wasm":  []byte("\x00asm\x02\x00\x00\x00"),
		"truncated": good[:len(good)-1],
		"passive":   passive,
	} {
		if _, err := PackData(in, PackGap); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}
