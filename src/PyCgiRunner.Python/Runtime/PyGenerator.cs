using PyCgiRunner.Python.Compilation;

namespace PyCgiRunner.Python.Runtime;

/// <summary>
/// A generator: the function's frame plus a resumable walk of its body (C# iterators over the statement
/// tree, so no OS thread per generator). send() and throw() hand a value or an exception to the yield point.
/// </summary>
public sealed class PyGenerator : PyObject
{
    private readonly Frame _frame;
    private IEnumerator<PyObject>? _body;
    private bool _finished;
    private bool _running;

    public PyGenerator(Frame frame) { _frame = frame; }

    public override PyType Type => BuiltinTypes.Generator;
    public override PyObject GetIter() => this;
    public override string Repr() => $"<generator object {_frame.Code.Name} at 0x{Id:x8}>";
    public string Name => _frame.Code.Name;
    public bool Started => _body is not null;

    public override bool Next(out PyObject value) => Resume(PyNone.Instance, null, out value);

    public bool Resume(PyObject sent, PythonException? thrown, out PyObject value)
    {
        value = null!;
        if (_finished)
        {
            if (thrown is not null) throw thrown;
            return false;
        }
        if (_running) throw PyErr.ValueError("generator already executing");
        if (_body is null)
        {
            if (thrown is not null) { _finished = true; throw thrown; }
            if (sent is not PyNone) throw PyErr.TypeError("can't send non-None value to a just-started generator");
            _body = _frame.Code.Body.ExecGen(_frame).GetEnumerator();
        }
        _frame.SentValue = sent;
        _frame.ThrownIn = thrown;
        var ctx = PyContext.Current;
        ctx.EnterCall();
        var savedException = ctx.HandledException;
        var back = ctx.CurrentFrame;
        _frame.Back = back;
        ctx.CurrentFrame = _frame;
        _running = true;
        try
        {
            if (_body.MoveNext())
            {
                value = _body.Current;
                return true;
            }
            _finished = true;
            return false;
        }
        catch (PythonException e) when (CodeObject.RecordFrame(e, _frame))
        {
            throw;
        }
        catch
        {
            _finished = true;
            throw;
        }
        finally
        {
            _running = false;
            ctx.CurrentFrame = back;
            ctx.HandledException = savedException;
            ctx.ExitCall();
        }
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

    /// <summary>close(): raises GeneratorExit at the yield point (PEP 342).</summary>
    public void Close()
    {
        if (_finished || _body is null) { _finished = true; return; }
        try
        {
            if (Resume(PyNone.Instance, PyErr.New(BuiltinTypes.GeneratorExit), out _))
                throw PyErr.RuntimeError("generator ignored GeneratorExit");
        }
        catch (PythonException e) when (e.IsInstance(BuiltinTypes.GeneratorExit) || e.IsInstance(BuiltinTypes.StopIteration))
        {
            _finished = true;
        }
    }

    public override bool HasCustomAttributes => true;

    public override bool TryGetAttr(string name, out PyObject value)
    {
        switch (name)
        {
            case "__name__": value = PyStr.From(Name); return true;
            case "gi_running": value = PyBool.Of(_running); return true;
            case "gi_frame": value = _finished ? PyNone.Instance : _frame.View; return true;
        }
        return base.TryGetAttr(name, out value);
    }
}
