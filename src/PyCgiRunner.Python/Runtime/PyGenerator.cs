using PyCgiRunner.Python.Compilation;

namespace PyCgiRunner.Python.Runtime;

/// <summary>
/// A generator (PEP 255, PEP 342): the function's frame, whose statements suspend at a yield and resume in
/// place through the frame's <see cref="ResumeStack"/> (no OS thread, no second implementation of the
/// statements). Each resumption is a call: it counts towards the recursion limit, links the frame into the
/// running frames and, as in CPython 2.7, leaves sys.exc_info() as the caller had it.
/// </summary>
public sealed class PyGenerator : PyObject
{
    private enum Stage : byte { Created, Suspended, Running, Finished }

    private readonly Frame _frame;
    private readonly ResumeStack _state;
    private Stage _stage;

    public PyGenerator(Frame frame)
    {
        _frame = frame;
        _state = frame.Resume = new ResumeStack();
    }

    public override PyType Type => BuiltinTypes.Generator;
    public override PyObject GetIter() => this;
    public override string Repr() => $"<generator object {_frame.Code.Name} at 0x{Id:x8}>";
    public string Name => _frame.Code.Name;
    public bool IsRunning => _stage == Stage.Running;
    public CodeObject Code => _frame.Code;

    /// <summary>gi_frame: the frame, or None once the generator has finished.</summary>
    public PyObject FrameObject => _stage == Stage.Finished ? PyNone.Instance : _frame.View;

    /// <summary>The iterator protocol: a StopIteration raised by the body also just ends the iteration.</summary>
    public override bool Next(out PyObject value)
    {
        try
        {
            return Resume(PyNone.Instance, null, out value);
        }
        catch (PythonException e) when (e.IsInstance(BuiltinTypes.StopIteration))
        {
            value = null!;
            return false;
        }
    }

    /// <summary>
    /// Runs the body until its next yield (true, with the value) or its end (false). A thrown exception is
    /// raised at the suspended yield; into a generator that has not started it is raised at once and ends it.
    /// </summary>
    public bool Resume(PyObject sent, PythonException? thrown, out PyObject value)
    {
        value = null!;
        switch (_stage)
        {
            case Stage.Finished:
                if (thrown is not null) throw thrown;
                return false;
            case Stage.Running:
                throw PyErr.ValueError("generator already executing");
            case Stage.Created:
                if (thrown is not null) { Finish(); throw thrown; }
                if (sent is not PyNone) throw PyErr.TypeError("can't send non-None value to a just-started generator");
                break;
        }
        var resuming = _stage == Stage.Suspended;
        _state.Sent = sent;
        _state.Thrown = thrown;
        var ctx = _frame.Context;
        ctx.EnterCall();
        var savedException = ctx.HandledException;
        var back = ctx.CurrentFrame;
        _frame.Back = back;
        ctx.CurrentFrame = _frame;
        _stage = Stage.Running;
        try
        {
            var body = _frame.Code.Body;
            if ((resuming ? body.Resume(_frame) : body.Exec(_frame)) == Completion.Yield)
            {
                value = _state.Yielded;
                _state.Yielded = PyNone.Instance;
                _stage = Stage.Suspended;
                return true;
            }
            Finish();
            return false;
        }
        catch (PythonException e) when (CodeObject.RecordFrame(e, _frame))
        {
            throw;
        }
        finally
        {
            // Still running here means an exception is leaving the body: the generator is finished. (No
            // catch-and-rethrow: through a deep chain of generators each rethrow would stack up .NET's
            // exception dispatch and overflow the stack.)
            if (_stage == Stage.Running) Finish();
            // A suspended frame has no caller (f_back is None until it runs again).
            _frame.Back = null;
            ctx.CurrentFrame = back;
            ctx.HandledException = savedException;
            ctx.ExitCall();
        }
    }

    private void Finish()
    {
        _stage = Stage.Finished;
        _state.Clear();
    }

    public PyObject Send(PyObject value)
    {
        if (!Resume(value, null, out var result)) throw PyErr.StopIteration();
        return result;
    }

    public PyObject Throw(PythonException e)
    {
        if (!Resume(PyNone.Instance, e, out var result)) throw PyErr.StopIteration();
        return result;
    }

    /// <summary>
    /// close(): raises GeneratorExit at the yield point (PEP 342). Finishing, or letting GeneratorExit or
    /// StopIteration out, is a clean close; yielding again is "generator ignored GeneratorExit".
    /// </summary>
    public void Close()
    {
        if (_stage is Stage.Created or Stage.Finished)
        {
            Finish();
            return;
        }
        try
        {
            if (Resume(PyNone.Instance, PyErr.New(BuiltinTypes.GeneratorExit), out _))
                throw PyErr.RuntimeError("generator ignored GeneratorExit");
        }
        catch (PythonException e) when (e.IsInstance(BuiltinTypes.GeneratorExit) || e.IsInstance(BuiltinTypes.StopIteration))
        {
        }
    }
}
