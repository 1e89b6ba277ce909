package bindings

import (
	"strings"

	"github.com/dscript/dscript/engine"
)

// frameStream yields the frames of a multiplexed (or TTY) stream as they
// arrive: text chunks, or with demux (stdout, stderr) pairs with nil on
// the side a frame did not come from. Closing it releases the connection.
func frameStream(fr *engine.FrameReader, demux bool) Iterator {
	return &FuncIterator{
		NextFunc: func(*Call) (any, bool, error) {
			f, err := fr.Next()
			if err != nil {
				if isEOF(err) {
					return nil, false, nil
				}
				return nil, false, err
			}
			s := string(f.Data)
			if !demux {
				return s, true, nil
			}
			if f.Stream == engine.Stderr {
				return Tuple{nil, s}, true, nil
			}
			return Tuple{s, nil}, true, nil
		},
		CloseFunc: fr.Close,
	}
}

// frameCollect reads a stream to its end: all the text, or with demux
// the (stdout, stderr) pair with nil for a side that wrote nothing.
func frameCollect(fr *engine.FrameReader, demux bool) (any, error) {
	defer fr.Close()
	var all, out, errb strings.Builder
	var gotOut, gotErr bool
	for {
		f, err := fr.Next()
		if err != nil {
			if !isEOF(err) {
				return nil, err
			}
			break
		}
		if !demux {
			all.Write(f.Data)
			continue
		}
		if f.Stream == engine.Stderr {
			errb.Write(f.Data)
			gotErr = true
		} else {
			out.Write(f.Data)
			gotOut = true
		}
	}
	if !demux {
		return all.String(), nil
	}
	t := Tuple{nil, nil}
	if gotOut {
		t[0] = out.String()
	}
	if gotErr {
		t[1] = errb.String()
	}
	return t, nil
}
